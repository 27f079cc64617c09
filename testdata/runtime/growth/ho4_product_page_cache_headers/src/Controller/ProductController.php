<?php
declare(strict_types=1);

namespace App\Controller;

use App\Http\Request;
use App\Http\Response;
use App\Http\ResponseEvent;
use Symfony\Component\EventDispatcher\EventDispatcher;

final class ProductController
{
    private const LANGUAGES = ['en', 'de', 'fr'];

    public function __construct(private EventDispatcher $dispatcher)
    {
    }

    public function show(Request $request, int $id): Response
    {
        $product = $this->loadProduct($id, $request->getPreferredLanguage(self::LANGUAGES));
        $this->cacheFor($product, 300);

        return new Response($this->render($product));
    }

    private function cacheFor(array $product, int $ttl): void
    {
        $this->dispatcher->addListener(ResponseEvent::NAME, static function (ResponseEvent $event) use ($product, $ttl): void { // leak
            $event->response->setPublic()->setMaxAge($ttl)->setEtag(md5($product['id'] . $product['updated_at']));
        });
    }

    private function loadProduct(int $id, string $lang): array
    {
        return [
            'id' => $id,
            'lang' => $lang,
            'name' => 'Product ' . $id,
            'description' => str_repeat('Great product, very durable. ', 12),
            'updated_at' => '2024-02-' . str_pad((string) (1 + $id % 28), 2, '0', STR_PAD_LEFT),
        ];
    }

    private function render(array $product): string
    {
        return sprintf('<h1>%s</h1><p>%s</p>', htmlspecialchars($product['name']), htmlspecialchars($product['description']));
    }
}
