<?php

namespace Symfony\Component\HttpKernel\Attribute;

#[\Attribute(\Attribute::TARGET_CLASS)]
class AsController
{
}
