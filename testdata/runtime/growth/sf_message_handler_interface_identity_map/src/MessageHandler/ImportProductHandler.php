<?php

namespace App\MessageHandler;

use App\Catalog\Product;
use App\Catalog\ProductRepository;
use App\Message\ImportProduct;
use Symfony\Component\Messenger\Handler\MessageHandlerInterface;

final class ImportProductHandler implements MessageHandlerInterface
{
    public function __construct(private ProductRepository $products)
    {
    }

    public function __invoke(ImportProduct $message): void
    {
        $product = $this->products->findBySku($message->sku);
        if (null === $product) {
            $product = new Product($message->sku, $message->name, $message->description, $message->priceCents);
        } else {
            $product->name = $message->name;
            $product->description = $message->description;
            $product->priceCents = $message->priceCents;
        }
        $this->products->save($product);
    }
}
