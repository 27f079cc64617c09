<?php

namespace App;

use App\View\ViewFactory;
use Swoole\Http\Request;
use Swoole\Http\Response;

final class ArticleController
{
    private const TEMPLATE = '<link href="{css}"><article><h1>{title}</h1>{body}</article>';

    public function __construct(private ViewFactory $views) {}

    public function show(Request $request, Response $response): void
    {
        $slug = $request->get['slug'];
        $view = $this->views->make(self::TEMPLATE, [
            'title' => ucwords(str_replace('-', ' ', $slug)),
            'body' => str_repeat("<p>Paragraph of {$slug} & more.</p>", 10),
        ]);
        $response->end($view->render());
    }
}
