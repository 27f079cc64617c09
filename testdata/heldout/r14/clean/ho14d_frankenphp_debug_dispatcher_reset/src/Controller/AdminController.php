<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

final class AdminController
{
    public function __invoke(Request $request): Response
    {
        return new Response(sprintf('<h1>%s</h1><p>page %d</p>', $request->attributes['_route'], (int) ($request->query['page'] ?? 1)));
    }
}
