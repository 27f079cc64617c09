<?php

namespace Illuminate\Contracts\Console;

interface Kernel
{
    public function bootstrap();

    public function call($command, array $parameters = []);
}
