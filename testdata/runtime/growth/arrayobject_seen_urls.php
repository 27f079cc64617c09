<?php
// A crawler keeps visited pages in an ArrayObject for the whole run.

final class Crawler
{
    private ArrayObject $visited;
    private int $fetched = 0;

    public function __construct()
    {
        $this->visited = new ArrayObject();
    }

    public function fetch(string $url): string
    {
        $this->fetched++;
        return '<html>' . str_repeat('<a href="/x">x</a>', 30) . '</html>';
    }

    public function crawl(string $url): void
    {
        if (isset($this->visited[$url])) {
            return;
        }
        $this->visited[$url] = strlen($this->fetch($url)) . ':' . str_repeat('h', 700); // leak
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$crawler = new Crawler();
$page = 0;
while (true) {
    $crawler->crawl("https://example.org/page/{$page}?session=" . md5((string) $page));
    if (++$page >= $n) {
        break;
    }
}
