<?php

return [
    'heading' => App\Cms\Block\HeadingBlock::class,
    'text' => App\Cms\Block\TextBlock::class,
];
