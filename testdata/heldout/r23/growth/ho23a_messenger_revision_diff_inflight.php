<?php

declare(strict_types=1);

/*
 * Symfony Messenger consumer (messenger:consume revisions) computing the diff
 * between a post revision and its predecessor for the editor's compare view.
 * An in-flight tracker lets the health check report revisions being diffed.
 */

final class ComputeRevisionDiff
{
    public function __construct(
        public readonly int $postId,
        public readonly int $revisionId,
        public readonly int $previousRevisionId,
    ) {
    }
}

final class Revision
{
    public readonly string $contentHash;

    public function __construct(
        public readonly int $id,
        public readonly int $postId,
        public readonly string $type,
        public readonly string $content,
        public readonly int $authorId,
    ) {
        $this->contentHash = md5($content);
    }
}

/** Loads revisions from the posts table; every find() hydrates a fresh object. */
final class RevisionRepository
{
    public function find(int $id, int $postId): Revision
    {
        $isAutosave = $id % 2 === 0;
        $base = $isAutosave ? $id - 1 : $id;
        $lines = [];
        for ($i = 0; $i < 12; $i++) {
            $lines[] = "Line {$i} of post {$postId} as of revision {$base}: the quick brown fox jumps over the lazy dog.";
        }

        return new Revision($id, $postId, $isAutosave ? 'autosave' : 'revision', implode("\n", $lines), 40 + $id % 5);
    }
}

final class LineDiffer
{
    /** @return list<array{0: string, 1: string}> */
    public function diff(string $from, string $to): array
    {
        $a = explode("\n", $from);
        $b = explode("\n", $to);
        $ops = [];
        foreach ($b as $i => $line) {
            if (($a[$i] ?? null) === $line) {
                $ops[] = ['=', $line];
            } else {
                if (isset($a[$i])) {
                    $ops[] = ['-', $a[$i]];
                }
                $ops[] = ['+', $line];
            }
        }

        return $ops;
    }
}

final class InFlightRevisions
{
    private \SplObjectStorage $inFlight;

    public function __construct()
    {
        $this->inFlight = new \SplObjectStorage();
    }

    public function start(Revision $revision, string $worker): void
    {
        $this->inFlight->attach($revision, ['worker' => $worker, 'since' => hrtime(true), 'post' => $revision->postId]); // leak
    }

    public function finish(Revision $revision): void
    {
        $this->inFlight->detach($revision);
    }

    public function count(): int
    {
        return $this->inFlight->count();
    }
}

final class DiffStore
{
    public int $saved = 0;

    public function save(int $postId, int $from, int $to, array $ops): void
    {
        $this->saved += count($ops);
    }
}

final class ComputeRevisionDiffHandler
{
    public function __construct(
        private readonly RevisionRepository $revisions,
        private readonly LineDiffer $differ,
        private readonly DiffStore $store,
        private readonly InFlightRevisions $tracker,
        private readonly string $workerName,
    ) {
    }

    public function __invoke(ComputeRevisionDiff $message): void
    {
        $to = $this->revisions->find($message->revisionId, $message->postId);
        $this->tracker->start($to, $this->workerName);

        $from = $this->revisions->find($message->previousRevisionId, $message->postId);
        if ($from->contentHash === $to->contentHash) {
            // Autosave identical to the revision it follows: nothing to show in the compare view.
            return;
        }

        $this->store->save($message->postId, $from->id, $to->id, $this->differ->diff($from->content, $to->content));
        $this->tracker->finish($to);
    }
}

/** Stand-in for the in-memory/doctrine transport feeding the worker. */
final class Transport
{
    public function __construct(private readonly int $limit)
    {
    }

    /** @return \Generator<int, object> */
    public function get(): \Generator
    {
        for ($i = 1; $i <= $this->limit; $i++) {
            $revisionId = 20000 + $i;
            yield new ComputeRevisionDiff(100 + intdiv($i, 10), $revisionId, $revisionId - 1);
        }
    }
}

final class Worker
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private readonly Transport $transport, private readonly array $handlers)
    {
    }

    public function run(): void
    {
        foreach ($this->transport->get() as $message) {
            ($this->handlers[$message::class])($message);
        }
    }
}

$tracker = new InFlightRevisions();
$handler = new ComputeRevisionDiffHandler(new RevisionRepository(), new LineDiffer(), new DiffStore(), $tracker, gethostname() . ':' . getmypid());
$worker = new Worker(new Transport((int) (getenv('PHPLEAK_N') ?: 100)), [ComputeRevisionDiff::class => $handler]);
$worker->run();
