<?php

namespace App\Controller;

use App\Repository\PageRepository;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

final class PageController
{
    public function __construct(private PageRepository $pages) {}

    public function __invoke(Request $request): Response
    {
        $page = $this->pages->findBySlug(basename($request->pathInfo));
        return new Response('<h1>' . $page['title'] . '</h1>' . $page['body']);
    }
}
