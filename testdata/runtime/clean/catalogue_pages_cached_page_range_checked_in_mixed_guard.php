<?php
// A catalogue API worker renders listing pages and keeps each rendered
// page in memory: requests outside the catalogue's categories or past
// its page range get a 404 before anything is cached.

namespace Catalogue {
    final class Request
    {
        /** @param array<string, string> $query */
        public function __construct(public readonly string $path, public readonly array $query)
        {
        }
    }

    final class ListingPages
    {
        public const CATEGORIES = ['shoes', 'bags', 'coats', 'hats'];
        public const LAST_PAGE = 25;

        /** @var array<string, string> */
        private array $rendered = [];

        public function handle(?Request $request): int
        {
            $category = $request?->query['category'] ?? '';
            $page = (int) ($request?->query['page'] ?? 1);
            if ($request === null || !in_array($category, self::CATEGORIES, true) || $page < 1 || $page > self::LAST_PAGE) {
                return 404;
            }
            $this->rendered[$category . '/' . $page] ??= $this->render($category, $page);

            return 200;
        }

        private function render(string $category, int $page): string
        {
            return str_repeat("<li>{$category} item on page {$page}</li>", 24);
        }
    }
}

namespace {
    use Catalogue\ListingPages;
    use Catalogue\Request;

    $pages = new ListingPages();
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $request = new Request('/listing', ['category' => ListingPages::CATEGORIES[$i % 4], 'page' => (string) ($i + 1)]);
        $pages->handle($request);
    }
}
