<?php

namespace App;

final class PageRepository
{
    public function findBySlug(string $slug): array
    {
        return ['title' => ucfirst(basename($slug)), 'body' => str_repeat('Our spring collection is here. ', 24)];
    }
}

final class Response
{
    public function __construct(public readonly string $content, public readonly int $status = 200, public readonly array $headers = []) {}
}

final class CmsKernel
{
    /** @var array<string, Response> */
    private array $rendered = [];

    public function __construct(private PageRepository $pages) {}

    public function handle(array $server): Response
    {
        $uri = $server['REQUEST_URI'];
        return $this->rendered[$uri] ??= $this->render($uri);
    }

    public function terminate(): void {}

    private function render(string $uri): Response
    {
        $page = $this->pages->findBySlug($uri);
        $html = '<html><head><title>' . htmlspecialchars($page['title']) . '</title></head><body><main>' . $page['body'] . '</main></body></html>';
        return new Response($html, 200, ['Content-Type' => 'text/html; charset=UTF-8', 'ETag' => '"' . md5($html) . '"']);
    }
}
