<?php
// A RoadRunner-style HTTP worker renders product price tags through a long-lived price tag renderer that memoizes rendered HTML between requests.

declare(strict_types=1);

namespace Spiral\RoadRunner\Http {

    final class ServerRequest
    {
        /**
         * @param array<string, string> $query
         * @param array<string, string> $headers
         */
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $query = [],
            public readonly array $headers = [],
        ) {}
    }

    final class Response
    {
        /** @param array<string, string> $headers */
        public function __construct(
            public readonly int $status,
            public readonly string $body,
            public readonly array $headers = ['Content-Type' => 'text/html; charset=utf-8'],
        ) {}
    }

    /**
     * Minimal stand-in for the PSR-7 worker: hands out a fixed number of requests.
     */
    final class PSR7Worker
    {
        private int $served = 0;
        private int $bytesOut = 0;

        public function __construct(private readonly int $maxRequests) {}

        public function waitRequest(): ?ServerRequest
        {
            if ($this->served >= $this->maxRequests) {
                return null;
            }
            $i = $this->served++;
            $currencies = ['EUR', 'USD', 'GBP', 'CHF'];

            return new ServerRequest('GET', '/api/products/' . (5000 + $i) . '/price-tag', [
                'amount' => (string) (1999 + $i * 13),
                'currency' => $currencies[$i % 4],
            ], ['Accept-Language' => 'en-US,en;q=0.8']);
        }

        public function respond(Response $response): void
        {
            $this->bytesOut += strlen($response->body);
        }
    }
}

namespace Shop\Pricing {

    enum Currency: string
    {
        case EUR = 'EUR';
        case USD = 'USD';
        case GBP = 'GBP';
        case CHF = 'CHF';

        public function symbol(): string
        {
            return match ($this) {
                self::EUR => '€',
                self::USD => '$',
                self::GBP => '£',
                self::CHF => 'CHF ',
            };
        }
    }

    final class Money
    {
        public function __construct(
            public readonly int $minorUnits,
            public readonly Currency $currency,
        ) {}

        public static function fromQuery(string $amount, string $currency): self
        {
            return new self((int) $amount, Currency::from($currency));
        }
    }

    /**
     * Renders the HTML fragment used by product cards and the mini-cart.
     */
    final class PriceTagRenderer
    {
        /** @var array<string, string> */
        private array $rendered = [];
        private int $hits = 0;
        private int $misses = 0;

        public function __construct(private readonly string $cssNamespace = 'shop') {}

        public function render(Money $price, string $productUrl): string
        {
            $key = $price->currency->value . '|' . $price->minorUnits . '|' . $productUrl;
            if (isset($this->rendered[$key])) {
                $this->hits++;
                return $this->rendered[$key];
            }
            $this->misses++;

            $html = $this->buildFragment($price, $productUrl);
            $this->rendered[$key] = $html; // leak

            return $html;
        }

        /** @return array{hits: int, misses: int} */
        public function stats(): array
        {
            return ['hits' => $this->hits, 'misses' => $this->misses];
        }

        private function buildFragment(Money $price, string $productUrl): string
        {
            $major = intdiv($price->minorUnits, 100);
            $minor = str_pad((string) ($price->minorUnits % 100), 2, '0', STR_PAD_LEFT);
            $ns = $this->cssNamespace;

            return <<<HTML
            <div class="{$ns}-price" itemprop="offers" itemscope itemtype="https://schema.org/Offer">
              <meta itemprop="priceCurrency" content="{$price->currency->value}">
              <meta itemprop="price" content="{$major}.{$minor}">
              <link itemprop="url" href="{$productUrl}">
              <link itemprop="availability" href="https://schema.org/InStock">
              <span class="{$ns}-price__symbol">{$price->currency->symbol()}</span>
              <span class="{$ns}-price__major">{$major}</span><span class="{$ns}-price__sep">.</span>
              <span class="{$ns}-price__minor">{$minor}</span>
              <small class="{$ns}-price__note">incl. VAT, plus shipping costs. Prices may vary by region and delivery option.</small>
              <button class="{$ns}-price__cta" data-product-url="{$productUrl}" data-track="add-to-cart">Add to cart</button>
            </div>
            HTML;
        }
    }
}

namespace App\Http {

    use Shop\Pricing\Money;
    use Shop\Pricing\PriceTagRenderer;
    use Spiral\RoadRunner\Http\Response;
    use Spiral\RoadRunner\Http\ServerRequest;

    final class PriceTagController
    {
        public function __construct(private readonly PriceTagRenderer $renderer) {}

        public function __invoke(ServerRequest $request): Response
        {
            $money = Money::fromQuery($request->query['amount'] ?? '0', $request->query['currency'] ?? 'EUR');
            $url = 'https://shop.example.com' . dirname($request->path);

            return new Response(200, $this->renderer->render($money, $url));
        }
    }
}

namespace {

    use App\Http\PriceTagController;
    use Shop\Pricing\PriceTagRenderer;
    use Spiral\RoadRunner\Http\PSR7Worker;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $worker = new PSR7Worker($n);
    $controller = new PriceTagController(new PriceTagRenderer('storefront'));

    while ($req = $worker->waitRequest()) {
        $worker->respond($controller($req));
    }
}
