<?php

final class MenuDisposer
{
    public function dispose(MenuItem $item): void
    {
        foreach ($item->children as $child) {
            $this->dispose($child);
        }
        $item->children = [];
        $item->parent = null;
    }
}
