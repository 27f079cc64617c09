<?php

namespace App\Controller;

use App\Cms\Markdown\MarkdownRenderer;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

final class PageController
{
    public function __construct(private MarkdownRenderer $markdown) {}

    public function __invoke(Request $request): Response
    {
        $slug = $request->query['slug'];
        $source = "# Release notes for {$slug}\nThe rollout is complete.[^]\n## Breaking changes in the {$slug} billing and invoicing API\n"
            . "Renamed fields.[^]\n## Migration guide for integrators upgrading from earlier {$slug} versions";
        return new Response($this->markdown->render($source, $slug));
    }
}
