<?php

namespace App\Repository;

use Sentry\SentrySdk;
use Sentry\Tracing\SpanContext;

final class ProductRepository
{
    public function findByCategory(string $category, int $page): array
    {
        $sql = 'SELECT p.id, p.sku, p.name, p.price_cents, p.stock, c.slug AS category_slug, b.name AS brand '
            . 'FROM product p INNER JOIN category c ON c.id = p.category_id LEFT JOIN brand b ON b.id = p.brand_id '
            . "WHERE c.slug = '" . addslashes($category) . "' AND p.deleted_at IS NULL ORDER BY p.created_at DESC "
            . 'LIMIT 24 OFFSET ' . (($page - 1) * 24);

        $parent = SentrySdk::getCurrentHub()->getSpan();
        $span = $parent?->startChild(SpanContext::make()->setOp('db.sql.query')->setDescription($sql)->setData(['db.system' => 'postgresql']));

        $rows = [];
        for ($i = 0; $i < 4; $i++) {
            $rows[] = ['id' => $page * 100 + $i, 'sku' => "$category-$page-$i", 'price_cents' => 1999 + $i];
        }

        $span?->setData(['db.system' => 'postgresql', 'db.rows' => count($rows)])->finish();

        return $rows;
    }

    public function pricesFromCache(array $ids): array
    {
        $key = 'prices:' . implode(',', $ids);
        $span = SentrySdk::getCurrentHub()->getSpan()?->startChild(SpanContext::make()->setOp('cache.get_item')->setDescription($key));
        $span?->setTag('cache.hit', 'false')->finish();

        return array_fill_keys($ids, 1999);
    }
}
