<?php
// A sync consumer creates a paginator per webhook message that prepares its page generator in the constructor, and the handler only looks at the first page to detect new records.

final class Page
{
    public function __construct(public readonly int $number, public readonly array $items, public readonly bool $hasMore) {}
}

final class FakeApiClient
{
    public int $requests = 0;

    public function get(string $path, array $query): array
    {
        $this->requests++;
        $items = [];
        for ($i = 0; $i < 3; $i++) {
            $items[] = ['id' => $query['page'] * 100 + $i, 'name' => str_repeat("{$path}#{$i} ", 8)];
        }
        return ['data' => $items, 'has_more' => $query['page'] < 5];
    }
}

final class CursorPaginator
{
    private Generator $pages;
    private array $seen = [];

    public function __construct(
        private FakeApiClient $client,
        private string $resource,
        private array $filters,
    ) {
        $this->pages = $this->fetchPages(); // leak
    }

    private function fetchPages(): Generator
    {
        $page = 1;
        do {
            $response = $this->client->get($this->resource, $this->filters + ['page' => $page]);
            $this->seen[] = $page;
            yield new Page($page, $response['data'], $response['has_more']);
            $page++;
        } while ($response['has_more']);
    }

    public function current(): Page
    {
        return $this->pages->current();
    }

    public function next(): ?Page
    {
        $this->pages->next();
        return $this->pages->valid() ? $this->pages->current() : null;
    }
}

final class ContactsChangedHandler
{
    public function __construct(private FakeApiClient $client) {}

    public function __invoke(array $message): int
    {
        $paginator = new CursorPaginator($this->client, '/crm/contacts', [
            'updated_since' => $message['since'],
            'account' => $message['account'],
            'fields' => 'id,name,email,phone,owner,tags',
        ]);
        $first = $paginator->current();
        return count($first->items);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new ContactsChangedHandler(new FakeApiClient());

for ($i = 0; $i < $n; $i++) {
    $handler(['account' => 'acct_' . ($i % 7), 'since' => date(DATE_ATOM, 1_700_000_000 + $i * 60)]);
}
