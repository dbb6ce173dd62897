"""Document-level reconciliation of candidate events (the ``reconcile`` stage)."""
