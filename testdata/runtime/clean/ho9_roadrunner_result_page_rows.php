<?php
// A RoadRunner HTTP worker renders search result pages through a ResultPage object that iterates its rows with a generator and remembers its rows for first().

namespace Spiral\RoadRunner\Http {
    final class Request
    {
        public function __construct(public readonly string $uri, public readonly array $query) {}
    }

    final class HttpWorker
    {
        private int $seq = 0;

        public function __construct(private int $limit) {}

        public function waitRequest(): ?Request
        {
            return $this->seq < $this->limit ? new Request('/products', ['q' => 'lamp', 'page' => $this->seq++]) : null;
        }

        public function respond(int $status, string $body, array $headers = []): void {}
    }
}

namespace App\Pagination {
    final class ResultPage implements \IteratorAggregate
    {
        private ?array $rows = null;

        public function __construct(private array $hits, public readonly int $page) {}

        public function getIterator(): \Generator
        {
            foreach ($this->hits as $position => $hit) {
                yield $position + 1 + $this->page * 10 => $hit;
            }
        }

        public function first(): ?array
        {
            $this->rows ??= iterator_to_array($this->getIterator(), false);
            return $this->rows[0] ?? null;
        }
    }
}

namespace {
    use App\Pagination\ResultPage;
    use Spiral\RoadRunner\Http\HttpWorker;

    function search_index(string $q, int $page): array
    {
        $hits = [];
        for ($k = 0; $k < 10; $k++) {
            $hits[] = ['sku' => "SKU-{$page}-{$k}", 'title' => ucfirst($q) . " model {$page}.{$k}", 'price' => 9.5 + $k];
        }
        return $hits;
    }

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $worker = new HttpWorker($n);
    while ($request = $worker->waitRequest()) {
        $results = new ResultPage(search_index($request->query['q'], $request->query['page']), $request->query['page']);
        $html = '<h1>Top: ' . ($results->first()['title'] ?? 'none') . '</h1><ol>';
        foreach ($results as $rank => $hit) {
            $html .= "<li value=\"{$rank}\">{$hit['title']} ({$hit['price']})</li>";
        }
        $worker->respond(200, $html . '</ol>');
    }
}
