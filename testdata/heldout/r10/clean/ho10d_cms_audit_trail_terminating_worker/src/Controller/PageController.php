<?php

declare(strict_types=1);

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

final class PageController
{
    /** @var array<int, array{title: string, revision: int}> */
    private array $pages = [];

    public function update(Request $request): Response
    {
        $id = $request->attributes['page_id'];
        $page = $this->pages[$id] ?? ['title' => 'Page ' . $id, 'revision' => 0];
        $page['revision']++;
        $page['title'] = $request->query['title'] ?? $page['title'];
        $this->pages[$id] = $page;

        return new Response(json_encode(['id' => $id, 'revision' => $page['revision']]), 200);
    }
}
