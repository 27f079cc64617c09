<?php

namespace Illuminate\Container;

class BindingResolutionException extends \RuntimeException
{
}
