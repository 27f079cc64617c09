<?php
// A Swoole HTTP server renders CMS pages whose blocks reach their page through a WeakReference and a lazy page() accessor.

namespace Swoole\Http {
    final class Request
    {
        public array $get = [];
        public array $header = [];
    }

    final class Response
    {
        public string $body = '';

        public function end(string $content): void
        {
            $this->body = $content;
        }
    }

    final class Server
    {
        private array $callbacks = [];

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function dispatch(Request $request): Response
        {
            $response = new Response();
            ($this->callbacks['request'])($request, $response);
            return $response;
        }
    }
}

namespace App\Cms {
    final class Page
    {
        private array $blocks = [];

        public function __construct(public readonly string $slug, public readonly string $title) {}

        public function addBlock(string $type, string $content): Block
        {
            return $this->blocks[] = new Block($this, $type, $content);
        }

        public function render(): string
        {
            return implode("\n", array_map(fn (Block $b) => $b->render(), $this->blocks));
        }
    }

    final class Block
    {
        private \WeakReference $pageRef;
        private ?Page $page = null;

        public function __construct(Page $page, public readonly string $type, public readonly string $content)
        {
            $this->pageRef = \WeakReference::create($page);
        }

        public function page(): Page
        {
            return $this->page ??= $this->pageRef->get(); // leak
        }

        public function render(): string
        {
            return sprintf('<section class="%s" data-page="%s">%s</section>', $this->type, $this->page()->slug, $this->content);
        }
    }
}

namespace {
    use App\Cms\Page;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $server = new Server();
    $server->on('request', function (Request $request, Response $response): void {
        $slug = $request->get['slug'];
        $page = new Page($slug, ucfirst($slug));
        $page->addBlock('hero', str_repeat("Welcome to {$slug}. ", 12));
        $page->addBlock('text', str_repeat('Lorem ipsum dolor sit amet. ', 10));
        $response->end($page->render());
    });

    for ($i = 0; $i < $n; $i++) {
        $request = new Request();
        $request->get = ['slug' => 'landing-' . $i];
        $server->dispatch($request);
    }
}
