<?php

declare(strict_types=1);

// AMPHP worker ingesting claim correspondence: each inbound packet (an email
// with attachments) becomes a claim file with its documents, which are
// OCR'd concurrently and then indexed.

namespace Amp {
    final class Future
    {
        public function __construct(private readonly \Fiber $fiber)
        {
        }

        public function await(): mixed
        {
            while (!$this->fiber->isTerminated()) {
                $this->fiber->resume();
            }

            return $this->fiber->getReturn();
        }
    }

    function async(\Closure $closure, mixed ...$args): Future
    {
        $fiber = new \Fiber($closure);
        $fiber->start(...$args);

        return new Future($fiber);
    }

    function delay(float $timeout): void
    {
        if (\Fiber::getCurrent() !== null) {
            \Fiber::suspend();
        }
    }
}

namespace Amp\Future {
    use Amp\Future;

    /**
     * @param iterable<Future> $futures
     * @return array<mixed>
     */
    function await(iterable $futures): array
    {
        $values = [];
        foreach ($futures as $key => $future) {
            $values[$key] = $future->await();
        }

        return $values;
    }
}

namespace App\Claims {
    final class ClaimFile
    {
        /** @var array<string, ClaimDocument> */
        private array $documents = [];

        public function __construct(public readonly string $claimNumber, public readonly string $sender)
        {
        }

        public function addDocument(ClaimDocument $document): void
        {
            $this->documents[$document->id] = $document; // leak
        }

        /** @return array<string, ClaimDocument> */
        public function documents(): array
        {
            return $this->documents;
        }
    }

    final class ClaimDocument
    {
        private ?ClaimFile $file = null;
        public ?string $text = null;

        public function __construct(
            public readonly string $id,
            public readonly string $filename,
            public readonly string $content,
        ) {
        }

        public function attachTo(ClaimFile $file): void
        {
            $this->file = $file; // leak
            $file->addDocument($this);
        }

        public function claimNumber(): ?string
        {
            return $this->file?->claimNumber;
        }
    }

    final class OcrClient
    {
        public function extract(ClaimDocument $document): string
        {
            \Amp\delay(0.01);

            return strtoupper(substr(base64_decode($document->content), 0, 400));
        }
    }

    final class SearchIndex
    {
        /** @var resource */
        private $sink;

        public function __construct()
        {
            $this->sink = fopen('/dev/null', 'wb');
        }

        public function put(string $claimNumber, string $docId, string $text): void
        {
            fwrite($this->sink, json_encode(['claim' => $claimNumber, 'doc' => $docId, 'text' => $text]) . "\n");
        }
    }

    final class CorrespondenceIngestor
    {
        public function __construct(private readonly OcrClient $ocr, private readonly SearchIndex $index)
        {
        }

        public function ingest(array $packet): int
        {
            $file = new ClaimFile($packet['claim'], $packet['from']);
            foreach ($packet['attachments'] as $n => $attachment) {
                $document = new ClaimDocument("{$packet['message_id']}-{$n}", $attachment['name'], $attachment['data']);
                $document->attachTo($file);
            }

            $futures = [];
            foreach ($file->documents() as $id => $document) {
                $futures[$id] = \Amp\async(fn (): string => $this->ocr->extract($document));
            }
            foreach (\Amp\Future\await($futures) as $id => $text) {
                $document = $file->documents()[$id];
                $document->text = $text;
                $this->index->put((string) $document->claimNumber(), $id, $text);
            }

            return count($futures);
        }
    }
}

namespace {
    use App\Claims\CorrespondenceIngestor;
    use App\Claims\OcrClient;
    use App\Claims\SearchIndex;

    $ingestor = new CorrespondenceIngestor(new OcrClient(), new SearchIndex());

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $packet = [
            'message_id' => sprintf('<%08x@broker.example>', $i),
            'claim' => sprintf('CLM-%06d', 610000 + $i),
            'from' => "claims{$i}@broker.example",
            'attachments' => [
                ['name' => 'police-report.pdf', 'data' => base64_encode(str_repeat("Police report {$i}: vehicle struck from behind at junction. ", 5))],
                ['name' => 'repair-estimate.pdf', 'data' => base64_encode(str_repeat("Estimate {$i}: rear bumper, tailgate, paint. ", 6))],
            ],
        ];
        $ingestor->ingest($packet);
    }
}
