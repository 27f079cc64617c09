<?php
// Page renderer runs boot-time extension closures with ->call($this); one of them stores a non-static filter closure in $this->filters.

final class PageRenderer
{
    /** @var array<string, Closure> */
    private array $filters = [];
    private int $excerptLength = 160;
    private string $layout;

    public function __construct(private string $siteName)
    {
        $this->layout = '<header>' . str_repeat('<nav></nav>', 60) . '</header>';
    }

    /** @param list<Closure> $extensions */
    public function boot(array $extensions): void
    {
        foreach ($extensions as $extension) {
            $extension->call($this); // leak
        }
    }

    public function render(array $page): string
    {
        $body = $page['body'];
        foreach ($page['filters'] as $name) {
            $body = ($this->filters[$name])($body);
        }
        return str_replace('{site}', $this->siteName, $this->layout) . "<h1>{$page['title']}</h1>" . $body;
    }
}

$extensions = [
    function (): void {
        $this->filters['excerpt'] = function (string $body): string { // leak
            return substr(strip_tags($body), 0, $this->excerptLength) . '…';
        };
    },
];

function handle(int $i, array $extensions): int
{
    $renderer = new PageRenderer('Example CMS');
    $renderer->boot($extensions);
    return strlen($renderer->render(['title' => "Post {$i}", 'body' => '<p>' . str_repeat('lorem ', 60) . '</p>', 'filters' => ['excerpt']]));
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i, $extensions);
}
