<?php

declare(strict_types=1);

use App\Entity\Product;
use App\MessageHandler\StockLevelChangedHandler;
use App\Message\StockLevelChanged;
use Doctrine\ORM\EntityManager;
use Doctrine\Persistence\ManagerRegistry;
use Symfony\Component\EventDispatcher\EventDispatcher;

return static function (): array {
    $catalogue = static fn (string $class, int|string $id): ?array => $class === Product::class ? [
        'id' => $id,
        'sku' => sprintf('SKU-%07d', $id),
        'name' => "Trail running shoe model {$id}",
        'description' => str_repeat("Breathable mesh upper, recycled sole, model {$id}. ", 6),
        'stock' => 10,
        'attributes' => ['colour' => 'slate', 'size' => 42, 'season' => 'AW24'],
    ] : null;

    $doctrine = new ManagerRegistry(['default' => new EntityManager($catalogue)]);
    $dispatcher = new EventDispatcher();

    return [
        'doctrine' => $doctrine,
        'dispatcher' => $dispatcher,
        'handlers' => [StockLevelChanged::class => new StockLevelChangedHandler($doctrine)],
    ];
};
