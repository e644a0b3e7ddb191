"""Signals other parts of the project listen to.

`quotations_stored(sender=Source, stored=dict[int, tuple[int, ...]])` is sent once the
transaction that stored new articles has committed (a batch of up to INGEST_BATCH articles),
with each article's source id and the ids of its new quotations (articles with none left out),
whether the articles came from the web form, a job run by a worker, the `ingest` command or a
feed. Receivers run in the process that stored them (a task worker, mostly); heavy receivers
should enqueue a task, one for the batch.
"""

from django.dispatch import Signal

quotations_stored = Signal()

# `job_finished(sender=IngestJob, job_id=int)`: a background job ended (done or failed), sent
# after the commit that recorded it.
job_finished = Signal()
