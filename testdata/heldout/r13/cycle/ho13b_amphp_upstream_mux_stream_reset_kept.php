<?php

declare(strict_types=1);

namespace Amp\Http\Server {

    /** Stand-ins for amphp/http-server's request/response/handler contracts. */
    final class Request
    {
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $query = [],
        ) {
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly string $body = '')
        {
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    /** Stand-in for the server's client loop: one handler, requests fed in order. */
    final class SocketHttpServer
    {
        private ?RequestHandler $handler = null;

        public function start(RequestHandler $handler): void
        {
            $this->handler = $handler;
        }

        public function receive(Request $request): Response
        {
            return $this->handler->handleRequest($request);
        }
    }
}

namespace App\Gateway {

    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;

    enum StreamState
    {
        case Open;
        case Closed;
        case Reset;
    }

    /**
     * One HTTP/2 stream to an upstream service, multiplexed on a shared
     * upstream session for the duration of one incoming request.
     */
    final class UpstreamStream
    {
        private StreamState $state = StreamState::Open;
        private string $buffer = '';

        public function __construct(
            public readonly int $id,
            public readonly string $service,
            private readonly UpstreamMultiplexer $mux, // leak
        ) {
        }

        public function receive(string $chunk): void
        {
            $this->buffer .= $chunk;
        }

        public function body(): string
        {
            return $this->buffer;
        }

        /** END_STREAM seen: the stream is done and gives its slot back. */
        public function close(): void
        {
            $this->state = StreamState::Closed;
            $this->mux->release($this);
        }

        /** RST_STREAM sent because the caller gave up on this upstream. */
        public function reset(int $errorCode): void
        {
            $this->state = StreamState::Reset;
            $this->buffer = '';
        }

        public function state(): StreamState
        {
            return $this->state;
        }
    }

    final class UpstreamMultiplexer
    {
        private \SplObjectStorage $streams;
        private int $nextStreamId = 1;

        public function __construct(public readonly string $authority)
        {
            $this->streams = new \SplObjectStorage();
        }

        public function open(string $service): UpstreamStream
        {
            $stream = new UpstreamStream($this->nextStreamId, $service, $this);
            $this->nextStreamId += 2;
            $this->streams->attach($stream, ['opened' => hrtime(true)]); // leak

            return $stream;
        }

        public function release(UpstreamStream $stream): void
        {
            $this->streams->detach($stream);
        }

        public function activeStreams(): int
        {
            return $this->streams->count();
        }
    }

    interface UpstreamFactory
    {
        public function connect(string $authority): UpstreamMultiplexer;
    }

    final class MeshUpstreamFactory implements UpstreamFactory
    {
        public function connect(string $authority): UpstreamMultiplexer
        {
            return new UpstreamMultiplexer($authority);
        }
    }

    /**
     * Fans a product page out to pricing, stock and reviews; reviews are
     * best-effort and abandoned when they miss the latency budget.
     */
    final class ProductPageHandler implements RequestHandler
    {
        public function __construct(private UpstreamFactory $upstreams)
        {
        }

        public function handleRequest(Request $request): Response
        {
            $sku = $request->query['sku'];
            $mux = $this->upstreams->connect('mesh.internal:8443');

            $pricing = $mux->open('pricing');
            $stock = $mux->open('stock');
            $reviews = $mux->open('reviews');

            $pricing->receive(json_encode(['sku' => $sku, 'price' => 1999, 'currency' => 'EUR', 'tiers' => [[1, 1999], [10, 1799], [100, 1499]]]));
            $stock->receive(json_encode(['sku' => $sku, 'warehouses' => ['AMS' => 12, 'FRA' => 3, 'MAD' => 0], 'restock' => '2024-03-01']));
            $reviews->receive(str_repeat('{"stars":4,"text":"solid build, fast delivery"},', 14));

            $page = ['pricing' => $pricing->body(), 'stock' => $stock->body()];
            $pricing->close();
            $stock->close();

            // Reviews missed the budget: send RST_STREAM and render without them.
            $reviews->reset(0x8);

            return new Response(200, json_encode($page));
        }
    }
}

namespace {

    use Amp\Http\Server\Request;
    use Amp\Http\Server\SocketHttpServer;
    use App\Gateway\MeshUpstreamFactory;
    use App\Gateway\ProductPageHandler;

    $server = new SocketHttpServer();
    $server->start(new ProductPageHandler(new MeshUpstreamFactory()));

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $server->receive(new Request('GET', '/products', ['sku' => sprintf('SKU-%06d', $i)]));
    }
}
