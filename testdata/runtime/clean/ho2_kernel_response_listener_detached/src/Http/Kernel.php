<?php

declare(strict_types=1);

namespace Kernel\Http;

use App\Listener\ResponseCacheListener;
use Kernel\EventDispatcher\EventDispatcher;

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $query = [],
    ) {
    }
}

final class Response
{
    /** @var array<string, string> */
    public array $headers = [];

    public function __construct(public string $content, public int $status = 200)
    {
    }
}

final class ResponseEvent
{
    public function __construct(
        public readonly Request $request,
        public Response $response,
    ) {
    }
}

final class HttpKernel
{
    public function __construct(
        private EventDispatcher $dispatcher,
        private \Closure $controller,
    ) {
    }

    public function handle(Request $request): Response
    {
        $cacheListener = new ResponseCacheListener($request, 'public, max-age=60');
        $listener = $cacheListener->register($this->dispatcher);

        try {
            $response = ($this->controller)($request);
            $event = $this->dispatcher->dispatch(new ResponseEvent($request, $response), 'kernel.response');

            return $event->response;
        } finally {
            $this->dispatcher->removeListener('kernel.response', $listener);
        }
    }
}
