<?php

declare(strict_types=1);

namespace App\Pos;

final class LineFactory
{
    /** @param class-string<OrderLine> $lineClass */
    public function __construct(
        private readonly Menu $menu,
        private readonly string $lineClass = OrderLine::class,
    ) {
    }

    public function make(Order $order, array $item): OrderLine
    {
        $mods = array_values(array_unique($item['modifiers'] ?? []));
        $upcharge = 0;
        foreach ($mods as $code) {
            $upcharge += $this->menu->upcharge($code);
        }
        $class = $this->lineClass;

        return new $class(
            $order,
            $item['sku'],
            max(1, (int) $item['qty']),
            $mods,
            $this->menu->priceOf($item['sku']),
            $upcharge,
            (string) ($item['note'] ?? ''),
        );
    }
}
