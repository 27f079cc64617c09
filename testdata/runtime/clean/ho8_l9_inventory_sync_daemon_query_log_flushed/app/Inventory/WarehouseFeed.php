<?php

namespace App\Inventory;

final class WarehouseFeed
{
    private int $sequence = 0;

    public function next(): array
    {
        $this->sequence++;
        return ['sku' => sprintf('WH-%08d', $this->sequence), 'stock' => $this->sequence % 40, 'warehouse' => 'antwerp-' . ($this->sequence % 3)];
    }
}
