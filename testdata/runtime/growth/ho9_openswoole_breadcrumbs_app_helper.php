<?php
// An OpenSwoole API server whose request middleware adds error-report breadcrumbs to a recorder fetched through an app() container helper.

namespace OpenSwoole\Http {
    final class Request
    {
        public function __construct(public array $server, public array $header) {}
    }

    final class Response
    {
        public int $status = 200;
        public function end(string $body): void {}
    }

    final class Server
    {
        private array $callbacks = [];
        public function on(string $event, callable $cb): void { $this->callbacks[$event] = $cb; }

        public function simulate(int $requests): void
        {
            for ($i = 1; $i <= $requests; $i++) {
                $req = new Request(['request_uri' => "/v1/orders/{$i}", 'request_method' => 'GET'], ['user-agent' => "mobile-app/4.{$i}", 'x-request-id' => bin2hex(pack('N', $i))]);
                ($this->callbacks['request'])($req, new Response());
            }
        }
    }
}

namespace App {
    final class Container
    {
        private static ?self $instance = null;
        private array $services = [];

        public static function getInstance(): self { return self::$instance ??= new self(); }
        public function set(string $id, object $service): void { $this->services[$id] = $service; }
        public function get(string $id): object { return $this->services[$id]; }
    }

    function app(string $id): object
    {
        return Container::getInstance()->get($id);
    }

    final class BreadcrumbRecorder
    {
        private array $crumbs = [];

        public function add(string $category, string $message, array $data = []): void
        {
            $this->crumbs[] = ['category' => $category, 'message' => $message, 'data' => $data, 'timestamp' => microtime(true)]; // leak
        }

        public function clear(): void { $this->crumbs = []; }
        public function all(): array { return $this->crumbs; }
    }

    final class RequestMiddleware
    {
        public function __invoke(\OpenSwoole\Http\Request $request, callable $next): string
        {
            app('breadcrumbs')->add('http', $request->server['request_method'] . ' ' . $request->server['request_uri'], [
                'request_id' => $request->header['x-request-id'],
                'user_agent' => $request->header['user-agent'],
                'headers' => str_repeat('accept: application/json; ', 12),
            ]);
            return $next($request);
        }
    }
}

namespace {
    use App\BreadcrumbRecorder;
    use App\Container;
    use App\RequestMiddleware;
    use OpenSwoole\Http\Request;
    use OpenSwoole\Http\Response;
    use OpenSwoole\Http\Server;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    Container::getInstance()->set('breadcrumbs', new BreadcrumbRecorder());
    $middleware = new RequestMiddleware();

    $server = new Server();
    $server->on('request', static function (Request $request, Response $response) use ($middleware): void {
        $body = $middleware($request, static fn (Request $r): string => json_encode(['order' => basename($r->server['request_uri'])]));
        $response->end($body);
    });
    $server->simulate($n);
}
