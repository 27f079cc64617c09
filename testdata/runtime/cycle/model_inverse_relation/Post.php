<?php

final class Post extends Model
{
}
