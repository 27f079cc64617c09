<?php

namespace Symfony\Component\Config\Definition\Builder;

interface NodeParentInterface
{
}
