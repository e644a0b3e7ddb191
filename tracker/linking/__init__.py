"""Statement linking: which quotations report the same utterance or repeat a talking point.

Pure Python (no Django): the service in tracker/services/linking.py stores the result.
"""
