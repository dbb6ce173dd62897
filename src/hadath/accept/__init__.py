"""The acceptance model: a calibrated confidence for each candidate event (``accept`` stage).

``features`` computes a candidate's feature vector from the Doc, ``model`` reads and applies a
model file (plain Python), ``stage`` is the pipeline stage, ``dataset`` and ``train`` build a
model from gold files and store reviews (``hadath train``; scikit-learn at training time only).
"""
