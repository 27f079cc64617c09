<?php

namespace Illuminate\Routing;

class ControllerMiddlewareOptions
{
    public function __construct(protected array &$options)
    {
    }

    public function only($methods)
    {
        $this->options['only'] = is_array($methods) ? $methods : func_get_args();
        return $this;
    }

    public function except($methods)
    {
        $this->options['except'] = is_array($methods) ? $methods : func_get_args();
        return $this;
    }
}
