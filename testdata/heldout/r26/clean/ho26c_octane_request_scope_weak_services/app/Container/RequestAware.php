<?php

namespace App\Container;

interface RequestAware
{
    public function initialize(): void;
}
