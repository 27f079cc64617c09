<?php

declare(strict_types=1);

namespace App\Http;

use App\Cms\PageRepository;
use Lite\Http\Request;
use Lite\Http\Response;

final class PageController
{
    public function __construct(private PageRepository $pages)
    {
    }

    public function show(Request $request, string $slug): Response
    {
        $page = $this->pages->findBySlug($slug);

        return new Response($page->render(), 200, [
            'Content-Type' => 'text/html; charset=utf-8',
            'Cache-Control' => 'public, max-age=60',
        ]);
    }
}
