<?php

declare(strict_types=1);

namespace Swoole\Http {
    class Request
    {
        public array $header = [];
        public array $server = [];
        public ?array $get = null;

        public function __construct(private readonly string $content)
        {
        }

        public function rawContent(): string
        {
            return $this->content;
        }
    }

    class Response
    {
        private array $headers = [];
        private int $status = 200;

        public function status(int $code): void
        {
            $this->status = $code;
        }

        public function header(string $key, string $value): void
        {
            $this->headers[$key] = $value;
        }

        public function end(string $content = ''): bool
        {
            return $content !== '' || $this->status === 204;
        }
    }

    /** Stand-in for the Swoole HTTP server: replays exchange traffic to the 'request' callback. */
    class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        public function __construct(public readonly string $host, public readonly int $port)
        {
        }

        public function set(array $settings): void
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[strtolower($event)] = $callback;
        }

        public function start(): void
        {
            $max = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($n = 0; $n < $max; $n++) {
                $request = new Request((string) json_encode([
                    'id' => sprintf('%s-%d', bin2hex(pack('N', $n * 2246822519 % 4294967296)), $n),
                    'imp' => [
                        ['id' => '1', 'tagid' => 'leaderboard', 'banner' => ['format' => [['w' => 728, 'h' => 90]]], 'bidfloor' => 0.4],
                        ['id' => '2', 'tagid' => 'sidebar', 'banner' => ['format' => [['w' => 300, 'h' => 250]]], 'bidfloor' => 0.9],
                    ],
                    'site' => ['domain' => 'blog' . ($n % 30) . '.example.org', 'page' => 'https://blog' . ($n % 30) . '.example.org/p/' . ($n * 13)],
                    'user' => ['id' => hash('crc32b', 'u' . $n) . hash('crc32b', 'v' . $n)],
                ]));
                $request->header = ['x-openrtb-version' => '2.5', 'content-type' => 'application/json'];
                $request->server = ['request_uri' => '/rtb/bid', 'request_time' => 1700000000 + $n];
                ($this->callbacks['request'])($request, new Response());
            }
        }
    }
}

namespace App\Creative {
    final class Bid
    {
        public function __construct(
            public readonly string $auctionId,
            public readonly string $impId,
            public readonly string $campaignId,
            public readonly string $creativeId,
            public readonly float $price,
            public readonly string $pageUrl,
            public readonly int $timestamp,
        ) {
        }

        public function bidId(): string
        {
            return $this->auctionId . ':' . $this->impId;
        }
    }

    final class CreativeTemplates
    {
        /** @param array<string, array{w: int, h: int, html: string, click: string}> $templates */
        public function __construct(private readonly array $templates)
        {
        }

        /** @return array{w: int, h: int, html: string, click: string} */
        public function get(string $creativeId): array
        {
            return $this->templates[$creativeId] ?? throw new \OutOfBoundsException("unknown creative {$creativeId}");
        }
    }

    /**
     * Markup is requested several times per bid (adm, the billing beacon,
     * the audit log); expand the template once per Bid object.
     */
    trait MemoizesMarkup
    {
        /** @var array<int, array{bid: Bid, markup: string}> */
        private static array $markupMemo = [];

        protected function memoizeMarkup(Bid $bid, \Closure $expand): string
        {
            $slot = spl_object_id($bid);
            $entry = self::$markupMemo[$slot] ?? null;
            // object ids are recycled: make sure the slot still belongs to this bid
            if ($entry !== null && $entry['bid'] === $bid) {
                return $entry['markup'];
            }

            $markup = $expand($bid);
            self::$markupMemo[$slot] = ['bid' => $bid, 'markup' => $markup]; // leak

            return $markup;
        }
    }

    final class AdMarkupRenderer
    {
        use MemoizesMarkup;

        public function __construct(
            private readonly CreativeTemplates $templates,
            private readonly string $clickHost,
        ) {
        }

        public function render(Bid $bid): string
        {
            return $this->memoizeMarkup($bid, fn (Bid $bid): string => $this->expand($bid));
        }

        private function expand(Bid $bid): string
        {
            $creative = $this->templates->get($bid->creativeId);
            $click = sprintf(
                'https://%s/c?auc=%s&imp=%s&cmp=%s&cr=%s&r=%s',
                $this->clickHost,
                rawurlencode($bid->auctionId),
                $bid->impId,
                $bid->campaignId,
                $bid->creativeId,
                rawurlencode($creative['click']),
            );

            return strtr($creative['html'], [
                '{{CLICK_URL}}' => htmlspecialchars($click),
                '{{WIDTH}}' => (string) $creative['w'],
                '{{HEIGHT}}' => (string) $creative['h'],
                '{{CACHEBUSTER}}' => (string) $bid->timestamp,
                '{{REFERRER}}' => rawurlencode($bid->pageUrl),
            ]);
        }
    }
}

namespace App\Bidding {
    use App\Creative\AdMarkupRenderer;
    use App\Creative\Bid;

    final class LineItemSelector
    {
        /** @param array<string, array{campaign: string, creative: string, cpm: float}> $bySize */
        public function __construct(private readonly array $bySize)
        {
        }

        public function forImp(array $imp): ?array
        {
            $format = $imp['banner']['format'][0] ?? null;

            return $format === null ? null : ($this->bySize[$format['w'] . 'x' . $format['h']] ?? null);
        }
    }

    final class BidResponseBuilder
    {
        public function __construct(
            private readonly LineItemSelector $lineItems,
            private readonly AdMarkupRenderer $renderer,
            private readonly string $billingHost,
        ) {
        }

        public function build(array $bidRequest, int $now): ?array
        {
            $bids = [];
            foreach ($bidRequest['imp'] as $imp) {
                $lineItem = $this->lineItems->forImp($imp);
                if ($lineItem === null || $lineItem['cpm'] < ($imp['bidfloor'] ?? 0)) {
                    continue;
                }
                $bids[] = new Bid(
                    (string) $bidRequest['id'],
                    (string) $imp['id'],
                    $lineItem['campaign'],
                    $lineItem['creative'],
                    $lineItem['cpm'],
                    (string) ($bidRequest['site']['page'] ?? ''),
                    $now,
                );
            }
            if ($bids === []) {
                return null;
            }

            return [
                'id' => $bidRequest['id'],
                'cur' => 'USD',
                'seatbid' => [['seat' => 'acme-dsp', 'bid' => array_map($this->toOpenRtb(...), $bids)]],
            ];
        }

        private function toOpenRtb(Bid $bid): array
        {
            return [
                'id' => $bid->bidId(),
                'impid' => $bid->impId,
                'price' => $bid->price,
                'cid' => $bid->campaignId,
                'crid' => $bid->creativeId,
                'adm' => $this->renderer->render($bid),
                'burl' => sprintf('https://%s/win?auc=%s&p=${AUCTION_PRICE}', $this->billingHost, rawurlencode($bid->auctionId)),
                'ext' => ['adm_sha1' => sha1($this->renderer->render($bid))],
            ];
        }
    }
}

namespace {
    use App\Bidding\BidResponseBuilder;
    use App\Bidding\LineItemSelector;
    use App\Creative\AdMarkupRenderer;
    use App\Creative\CreativeTemplates;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $templates = new CreativeTemplates([
        'cr-lb-01' => ['w' => 728, 'h' => 90, 'click' => 'https://shop.example.com/sale?src=lb', 'html' => '<a href="{{CLICK_URL}}" target="_blank"><img src="https://cdn.acme-dsp.example/cr/lb-01.jpg?cb={{CACHEBUSTER}}&ref={{REFERRER}}" width="{{WIDTH}}" height="{{HEIGHT}}" alt="Summer sale"></a>'],
        'cr-mrec-07' => ['w' => 300, 'h' => 250, 'click' => 'https://shop.example.com/shoes?src=mrec', 'html' => '<div style="width:{{WIDTH}}px;height:{{HEIGHT}}px"><a href="{{CLICK_URL}}"><img src="https://cdn.acme-dsp.example/cr/mrec-07.png?cb={{CACHEBUSTER}}&ref={{REFERRER}}"></a></div>'],
    ]);
    $builder = new BidResponseBuilder(
        new LineItemSelector([
            '728x90' => ['campaign' => 'cmp-summer', 'creative' => 'cr-lb-01', 'cpm' => 0.95],
            '300x250' => ['campaign' => 'cmp-shoes', 'creative' => 'cr-mrec-07', 'cpm' => 1.40],
        ]),
        new AdMarkupRenderer($templates, 'clk.acme-dsp.example'),
        'win.acme-dsp.example',
    );

    $server = new Server('0.0.0.0', 9501);
    $server->set(['worker_num' => 8, 'max_request' => 0, 'enable_coroutine' => true]);
    $server->on('request', static function (Request $request, Response $response) use ($builder): void {
        $bidRequest = json_decode($request->rawContent(), true);
        $bidResponse = $builder->build($bidRequest, (int) $request->server['request_time']);
        if ($bidResponse === null) {
            $response->status(204);
            $response->end();

            return;
        }
        $response->header('Content-Type', 'application/json');
        $response->end((string) json_encode($bidResponse));
    });
    $server->start();
}
