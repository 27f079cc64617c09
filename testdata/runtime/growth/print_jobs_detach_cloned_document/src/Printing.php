<?php

namespace App;

final class Document
{
    public function __construct(public string $name, public string $body)
    {
    }
}

final class PrintJob
{
    private function __construct(public readonly Document $document, public readonly int $copies)
    {
    }

    public static function of(Document $document, int $copies): self
    {
        return new self(clone $document, $copies);
    }
}

final class PrintRunner
{
    private \SplObjectStorage $inFlight;
    private \SplQueue $jobs;
    public int $printed = 0;

    public function __construct()
    {
        $this->inFlight = new \SplObjectStorage();
        $this->jobs = new \SplQueue();
    }

    public function submit(Document $document, int $copies): void
    {
        $this->inFlight->attach($document, ['queued' => time()]); // leak
        $this->jobs->enqueue(PrintJob::of($document, $copies));
    }

    public function run(): void
    {
        while (!$this->jobs->isEmpty()) {
            $job = $this->jobs->dequeue();
            $this->printed += $job->copies;
            $this->done($job->document);
        }
    }

    private function done(Document $document): void
    {
        $this->inFlight->detach($document);
    }
}

final class PrintController
{
    public function __construct(private PrintRunner $runner)
    {
    }

    /** @param array{name: string, body: string} $request */
    public function __invoke(array $request): string
    {
        $this->runner->submit(new Document($request['name'], $request['body']), 2);
        $this->runner->run();

        return 'queued';
    }
}
