<?php

declare(strict_types=1);

/*
 * messenger:consume worker for the "index" transport: every crawled page is
 * turned into a search document and pushed to the index. An outcome tracker,
 * fetched from the handler's service locator, remembers how each document
 * went so the retry listener can requeue the failed ones.
 */

final class ServiceLocator
{
    /** @var array<string, object> */
    private array $resolved = [];

    /** @param array<string, Closure(): object> $factories */
    public function __construct(private readonly array $factories)
    {
    }

    public function has(string $id): bool
    {
        return isset($this->factories[$id]);
    }

    public function get(string $id): object
    {
        return $this->resolved[$id] ??= ($this->factories[$id])();
    }
}

final class IndexDocument
{
    public function __construct(
        public readonly string $url,
        public readonly string $html,
        public readonly int $crawledAt,
    ) {
    }
}

final class SearchDocument
{
    public readonly string $checksum;

    /** @param array<string, string> $fields */
    public function __construct(
        public readonly string $id,
        public readonly string $url,
        public readonly array $fields,
    ) {
        $this->checksum = hash('xxh64', $url . "\0" . implode("\0", $fields));
    }
}

final class IndexOutcomeTracker
{
    /** @var array<int, array{checksum: string, url: string, outcome: string, at: int}> */
    private array $outcomes = [];

    public function record(SearchDocument $doc, string $outcome): void
    {
        $this->outcomes[spl_object_id($doc)] = ['checksum' => $doc->checksum, 'url' => $doc->url, 'outcome' => $outcome, 'at' => time()];
    }

    /** @return list<string> urls to requeue */
    public function failedUrls(): array
    {
        $urls = [];
        foreach ($this->outcomes as $row) {
            if ($row['outcome'] === 'failed') {
                $urls[] = $row['url'];
            }
        }

        return $urls;
    }
}

final class DocumentExtractor
{
    public function extract(IndexDocument $message): SearchDocument
    {
        preg_match('#<title>(.*?)</title>#s', $message->html, $title);
        preg_match('#<h1>(.*?)</h1>#s', $message->html, $h1);
        $body = trim(strip_tags(preg_replace('#<(script|style)\b.*?</\1>#s', '', $message->html)));

        return new SearchDocument(sha1($message->url), $message->url, [
            'title' => $title[1] ?? '',
            'heading' => $h1[1] ?? '',
            'body' => preg_replace('/\s+/', ' ', $body),
            'crawled_at' => date(DATE_ATOM, $message->crawledAt),
        ]);
    }
}

final class IndexClient
{
    private int $bulkSize = 0;

    public function index(SearchDocument $doc): bool
    {
        $this->bulkSize++;

        return strlen($doc->fields['body']) > 40;
    }
}

final class IndexDocumentHandler
{
    public function __construct(private readonly ServiceLocator $locator)
    {
    }

    public function __invoke(IndexDocument $message): void
    {
        $doc = $this->locator->get(DocumentExtractor::class)->extract($message);
        $ok = $this->locator->get(IndexClient::class)->index($doc);
        $this->tracker()->record($doc, $ok ? 'indexed' : 'failed');
    }

    private function tracker(): IndexOutcomeTracker
    {
        return $this->locator->get(IndexOutcomeTracker::class);
    }
}

/** Stand-in for Symfony\Component\Messenger\Worker over an in-memory receiver. */
final class MessengerWorker
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private readonly array $handlers)
    {
    }

    public function run(iterable $envelopes): void
    {
        foreach ($envelopes as $message) {
            ($this->handlers[$message::class])($message);
        }
    }
}

$locator = new ServiceLocator([
    DocumentExtractor::class => static fn () => new DocumentExtractor(),
    IndexClient::class => static fn () => new IndexClient(),
    IndexOutcomeTracker::class => static fn () => new IndexOutcomeTracker(),
]);
$worker = new MessengerWorker([IndexDocument::class => new IndexDocumentHandler($locator)]);

$receiver = static function (int $n): Generator {
    for ($i = 0; $i < $n; $i++) {
        $host = ['docs.example-one.test', 'wiki.example-two.test', 'help.example-three.test'][$i % 3];
        yield new IndexDocument(
            "https://{$host}/page/{$i}",
            "<html><head><title>Page {$i} of {$host}</title><style>p{}</style></head><body><h1>Section {$i}</h1>"
            . "<p>Crawled body text for page {$i}, covering index segments, merge policies and crawl scheduling.</p></body></html>",
            1700000000 + $i,
        );
    }
};

$worker->run($receiver((int) (getenv('PHPLEAK_N') ?: 100)));
