"""Signals other parts of the project listen to.

`quotations_stored(sender=Source, source_id=int, quotation_ids=tuple[int, ...])` is sent once
the transaction that stored an article's new quotations has committed, whether the article came
from the web form, a job run by a worker, the `ingest` command or a feed. Receivers run in the
process that stored the article (a task worker, mostly); heavy receivers should enqueue a task.
"""

from django.dispatch import Signal

quotations_stored = Signal()

# `job_finished(sender=IngestJob, job_id=int)`: a background job ended (done or failed), sent
# after the commit that recorded it.
job_finished = Signal()
