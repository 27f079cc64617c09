<?php

namespace Illuminate\Config;

final class Repository
{
    public function __construct(public array $items)
    {
    }
}
