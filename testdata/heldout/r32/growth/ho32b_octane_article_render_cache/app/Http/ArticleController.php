<?php

namespace App\Http;

use App\Rendering\ArticleRenderer;
use App\Rendering\ArticleRepository;
use App\Support\CacheKeys;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Support\Facades\Cache;

final class ArticleController
{
    public function __construct(
        private ArticleRepository $articles,
        private ArticleRenderer $renderer,
    ) {
    }

    public function show(Request $request, int $id): Response
    {
        $article = $this->articles->find($id);
        $locale = $this->localeFor($request);

        $html = Cache::remember(CacheKeys::article($article, $locale), 600, fn () => $this->renderer->render($article, $locale)); // leak

        return new Response($html, 200, ['Cache-Control' => 'public, max-age=60']);
    }

    private function localeFor(Request $request): string
    {
        $locale = (string) $request->query('hl', 'en');
        return $this->renderer->supportsLocale($locale) ? $locale : 'en';
    }
}

final class Kernel
{
    public function __construct(private \Illuminate\Container\Container $app)
    {
    }

    public function handle(Request $request): Response
    {
        if ($request->segment(1) === 'articles' && preg_match('/^\d+$/', (string) $request->segment(2)) === 1) {
            return $this->app->make(ArticleController::class)->show($request, (int) $request->segment(2));
        }
        return new Response('Not Found', 404);
    }

    public function terminate(Request $request, Response $response): void
    {
    }
}
