<?php

declare(strict_types=1);

namespace App\Http;

use App\Blog\Article;
use App\Blog\ArticleRepository;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\View\Factory;

final class ArticleController
{
    public function __construct(
        private ArticleRepository $articles,
        private Factory $views,
    ) {
    }

    public function show(Request $request, string $slug): Response
    {
        $article = $this->articles->findBySlug($slug);
        $response = new Response(200);

        $view = [
            'title' => $article->title,
            'article' => $article,
            'related' => $this->articles->related($article, 3),
            'locale' => $request->headers['accept-language'] ?? 'en',
        ];

        $response->beforeSending(function (Response $response) use ($view): void {
            $keys = array_map(static fn (Article $a): string => 'article-' . $a->id, [$view['article'], ...$view['related']]);
            $response->header('Surrogate-Key', implode(' ', $keys));
            $response->header('X-Page-Title', rawurlencode($view['title']));
        });

        $view['response'] = $response;

        return $response->setContent($this->views->render('articles.show', $view));
    }
}
