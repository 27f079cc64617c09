<?php

declare(strict_types=1);

namespace App\Cms;

use Amp\Http\Server\{Request, RequestHandler, Response};

final class PageHandler implements RequestHandler
{
    /** @var array<string, string> rendered HTML */
    private array $rendered = [];

    public function __construct(private PageRepository $pages) {}

    public function handleRequest(Request $request): Response
    {
        $cacheKey = $request->getUri();
        if (!isset($this->rendered[$cacheKey])) {
            $slug = basename((string) parse_url($request->getUri(), PHP_URL_PATH));
            $page = $this->pages->find($slug);
            if ($page === null) {
                return new Response(404, [], 'Not Found');
            }
            $this->rendered[$cacheKey] = $this->render($page); // leak
        }

        return new Response(200, ['content-type' => 'text/html; charset=utf-8'], $this->rendered[$cacheKey]);
    }

    private function render(Page $page): string
    {
        $html = "<html><head><title>{$page->title}</title></head><body><h1>{$page->title}</h1>";
        foreach ($page->blocks as $i => $block) {
            $html .= "<section id=\"s{$i}\"><p>" . htmlspecialchars(str_repeat($block, 4)) . '</p></section>';
        }

        return $html . '</body></html>';
    }
}
