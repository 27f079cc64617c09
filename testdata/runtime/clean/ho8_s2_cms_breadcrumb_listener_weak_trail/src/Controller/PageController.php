<?php
namespace App\Controller;

use Symfony\Component\HttpFoundation\{Request, Response};
use Symfony\Component\Routing\Attribute\Route;

final class PageController
{
    #[Route('/docs', name: 'docs_page')]
    public function show(Request $request): Response
    {
        $nav = '';
        foreach ($request->attributes->get('_breadcrumbs')->all() as $crumb) {
            $nav .= $crumb->isCurrent() ? "<span>{$crumb->label}</span>" : "<a href=\"{$crumb->url}\">{$crumb->label}</a> / ";
        }
        return new Response("<nav>{$nav}</nav><article>...</article>");
    }
}
