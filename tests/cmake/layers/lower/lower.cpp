int lower()
{
    return 1;
}
