<?php
declare(strict_types=1);

namespace App;

use App\Controller\ProductController;
use App\Http\Request;
use App\Http\Response;
use App\Http\ResponseEvent;
use Symfony\Component\EventDispatcher\EventDispatcher;

final class Kernel
{
    private bool $booted = false;
    private int $handled = 0;

    public function __construct(
        private EventDispatcher $dispatcher,
        private ProductController $products,
    ) {
    }

    public function boot(): void
    {
        if ($this->booted) {
            return;
        }
        $this->dispatcher->addListener(ResponseEvent::NAME, static function (ResponseEvent $event): void {
            $event->response->setHeader('X-Content-Type-Options', 'nosniff');
        }, -128);
        $this->dispatcher->addListener(ResponseEvent::NAME, static function (ResponseEvent $event): void {
            $cache = $event->request->attributes['_cache'] ?? null;
            if ($cache !== null) {
                $event->response->setPublic()->setMaxAge($cache['max_age'])->setEtag($cache['etag']);
            }
        });
        $this->booted = true;
    }

    public function handle(Request $request): Response
    {
        $this->handled++;
        if (preg_match('#^/products/(\d+)$#', $request->path, $m)) {
            $response = $this->products->show($request, (int) $m[1]);
        } else {
            $response = new Response('Not Found', 404);
        }

        return $this->dispatcher->dispatch(new ResponseEvent($request, $response), ResponseEvent::NAME)->response;
    }

    public function terminate(Request $request, Response $response): void
    {
        // flush access log, metrics, ...
    }
}
