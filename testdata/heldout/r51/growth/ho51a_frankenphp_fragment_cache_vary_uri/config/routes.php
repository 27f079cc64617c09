<?php

return [
    'shop.category' => '#^/shop/category/(?<slug>[a-z-]+)$#',
    'shop.product' => '#^/shop/product/(?<id>\d+)$#',
    'shop.search' => '#^/shop/search$#',
];
