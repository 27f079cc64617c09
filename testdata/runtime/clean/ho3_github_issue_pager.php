<?php
// A changelog generator fetches closed issues page by page from a stubbed REST API client for each release tag and groups the first few titles by label.

declare(strict_types=1);

namespace Changelog\Api;

final class HttpClientStub
{
    public int $calls = 0;

    /**
     * @return array{items: list<array{number: int, title: string, labels: list<string>}>, next: ?int}
     */
    public function getJson(string $uri, array $query): array
    {
        $this->calls++;
        $page = (int) ($query['page'] ?? 1);
        $items = [];
        for ($k = 0; $k < 3; $k++) {
            $number = $page * 100 + $k;
            $items[] = [
                'number' => $number,
                'title' => "Fix #{$number}: " . str_repeat('handle edge case in parser ', 4),
                'labels' => $k % 2 ? ['bug'] : ['enhancement', 'docs'],
            ];
        }
        return ['items' => $items, 'next' => $page < 2 ? $page + 1 : null];
    }
}

/**
 * Walks a paginated listing endpoint lazily.
 *
 * @implements \IteratorAggregate<int, array>
 */
final class ResultPager implements \IteratorAggregate
{
    private int $fetched = 0;

    public function __construct(
        private readonly HttpClientStub $client,
        private readonly string $uri,
        private readonly array $query,
    ) {
    }

    private function fetchPages(): \Generator
    {
        $page = 1;
        do {
            $response = $this->client->getJson($this->uri, $this->query + ['page' => $page, 'per_page' => 3]);
            $this->fetched++;
            yield $response['items'];
            $page = $response['next'];
        } while ($page !== null);
    }

    public function getIterator(): \Generator
    {
        foreach ($this->fetchPages() as $items) {
            yield from $items;
        }
    }

    public function fetchedPages(): int
    {
        return $this->fetched;
    }
}

namespace Changelog;

use Changelog\Api\HttpClientStub;
use Changelog\Api\ResultPager;

final class ChangelogBuilder
{
    public function __construct(private readonly HttpClientStub $client)
    {
    }

    /**
     * @return array<string, list<string>>
     */
    public function forRelease(string $tag, int $maxEntries = 5): array
    {
        $pager = new ResultPager($this->client, '/repos/acme/widget/issues', ['state' => 'closed', 'milestone' => $tag]);
        $sections = [];
        $count = 0;
        foreach ($pager as $issue) {
            $section = in_array('bug', $issue['labels'], true) ? 'Fixed' : 'Added';
            $sections[$section][] = sprintf('- %s (#%d)', $issue['title'], $issue['number']);
            if (++$count >= $maxEntries) {
                break;
            }
        }
        ksort($sections);
        return $sections;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$builder = new ChangelogBuilder(new HttpClientStub());
for ($i = 0; $i < $n; $i++) {
    $sections = $builder->forRelease(sprintf('v1.%d.0', $i));
}
